/**
 * Bot seats of a hot-seat table move by themselves, at a pace people can follow. A bot that
 * fails (throws, or finds no move while the rules offer some) stops and says so: the table
 * shows it and the console has the error; it never plays a move of its own invention.
 */
import { useEffect, useState } from 'react';
import { heuristicPicker, seededRandom } from '../../bots/index.ts';
import type { Content } from '../../content/content.ts';
import type { Move } from '../../rules/index.ts';
import type { PublicState } from '../../rules/view.ts';

export interface HotseatBots {
  content: Content;
  view: PublicState | null;
  /** True when the seat to act is a bot's and this client acts for it. */
  botTurn: boolean;
  /** People at the table: a bot never closes a reflection while anyone is here. */
  humans: number;
  legal: readonly Move[];
  delayMs: number;
  makeMove: (move: Move) => void;
}

/** Plays the bot seats; returns what went wrong with the last bot turn, if anything. */
export function useHotseatBots({ content, view, botTurn, humans, legal, delayMs, makeMove }: HotseatBots): string | null {
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    if (!botTurn || !view) return;
    // A reflection is for the people in the room: a bot never closes one while people are here.
    if (view.turn.stage === 'reflection' && humans > 0) return;
    const seat = view.turn.seat;
    const timer = setTimeout(() => {
      const random = seededRandom(`${view.eventCount}:${seat}:${view.turn.actionsLeft}`);
      try {
        const move = heuristicPicker(content, view, seat, random);
        if (!move) throw new Error(`no move chosen among ${legal.length} legal moves`);
        setFailure(null);
        makeMove(move);
      } catch (err) {
        console.error(`the bot of seat ${seat} failed`, err);
        setFailure(err instanceof Error ? err.message : String(err));
      }
    }, delayMs);
    return () => clearTimeout(timer);
  }, [botTurn, view, legal, humans, delayMs, content, makeMove]);
  return failure;
}
