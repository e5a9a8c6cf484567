/**
 * The actions of the turn. Every action of the current stage is listed; the ones the rules
 * allow now are buttons, the others say why not on hover and on focus (they stay focusable,
 * so a keyboard or screen-reader user hears the reason too). Picking an action walks through
 * its steps (card, then target) and ends with a confirm.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIONS, MOVE_TYPES, ruleValue, type Move, type MoveType } from '../../rules/index.ts';
import type { PublicState } from '../../rules/view.ts';
import { isImmediate, type Choice, type Step, type Value } from './choice.ts';
import { describeMove, describeOption, moveCost, stepHeading } from './describe-move.ts';
import type { Namer } from './names.ts';
import { MovePreview } from './preview/MovePreview.tsx';


export interface ActionsProps {
  view: PublicState;
  n: Namer;
  legal: readonly Move[];
  /** Why no move of a type is possible now, in words (null when some is). */
  why: (type: MoveType) => string | null;
  choice: Choice | null;
  /** The choice's next step (what to pick, or the move to confirm), computed once by the table. */
  step: Step | null;
  onChoose: (choice: Choice | null) => void;
  onPick: (key: string, value: Value) => void;
  onMove: (move: Move) => void;
  canUndo: boolean;
  onUndo: () => void;
  /** Discards several cards in one step (sent one after another). */
  onDiscard: (cards: string[]) => void;
}

export function Actions({ view, n, legal, why, choice, step, onChoose, onPick, onMove, canUndo, onUndo, onDiscard }: ActionsProps) {
  const { t } = useTranslation();
  const stepRef = useRef<HTMLDivElement>(null);
  // Cards marked for the discard pile: as many as the hand is over its limit, in one step.
  const [marked, setMarked] = useState<string[]>([]);
  const over = view.turn.stage === 'discard' ? Math.max(1, view.players[view.turn.seat].hand.length - handLimitOf(view, n)) : 0;
  useEffect(() => setMarked([]), [choice?.type, view.eventCount]);

  // Focus follows the choice: the first option of a new step, or the confirm button.
  useEffect(() => {
    stepRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [choice?.type, choice && Object.keys(choice.picked).length, step?.kind]);

  const cost = step?.kind === 'confirm' ? moveCost(step.move, view, n) : null;
  const types = MOVE_TYPES.filter((type) => ACTIONS[type].stage === view.turn.stage && type !== 'reflect');
  const offered = new Set(legal.map((m) => m.type));

  return (
    <section className="soc-actions" aria-labelledby="soc-actions-title">
      <h2 id="soc-actions-title">{t('table.actions')}</h2>
      {view.turn.stage === 'discard' && (
        <p className="soc-note">{t('table.discardStage', { count: over })}</p>
      )}
      <div className="soc-actions__list" role="group" aria-label={t('table.actions')}>
        {types.map((type) => {
          const possible = offered.has(type);
          const reason = possible ? null : why(type);
          const hintId = `soc-why-${type}`;
          const chosen = choice?.type === type;
          return (
            <div key={type} className="soc-action">
              <button
                type="button"
                className={chosen ? 'soc-button soc-button--chosen' : 'soc-button'}
                data-action={type}
                aria-disabled={!possible}
                aria-pressed={isImmediate(type) ? undefined : chosen}
                aria-describedby={hintId}
                onClick={() => {
                  if (!possible) return;
                  if (isImmediate(type)) {
                    const move = legal.find((m) => m.type === type);
                    if (move) onMove(move);
                  } else onChoose(chosen ? null : { type, picked: {} });
                }}
              >
                {t(`action.${type}`)}
              </button>
              <span id={hintId} role="tooltip" className={possible ? 'soc-hint' : 'soc-hint soc-hint--why'}>
                {reason ?? t(`actionHelp.${type}`)}
              </span>
            </div>
          );
        })}
        {canUndo && (
          <div className="soc-action">
            <button type="button" className="soc-button soc-button--quiet" data-action="undo" onClick={onUndo}>
              ↶ {t('table.undo')}
            </button>
          </div>
        )}
      </div>

      {choice && step && (
        <div className="soc-step" ref={stepRef} data-step={step.kind === 'pick' ? step.key : step.kind}>
          {step.kind === 'pick' && choice.type === 'discard' && (
            <>
              <h3>{stepHeading(step.key, choice.type, n)}</h3>
              <ul className="soc-step__options">
                {step.options.map((value) => {
                  const card = String(value);
                  const on = marked.includes(card);
                  return (
                    <li key={card}>
                      <button
                        type="button"
                        className={on ? 'soc-button soc-option soc-button--chosen' : 'soc-button soc-option'}
                        aria-pressed={on}
                        data-option={card}
                        onClick={() => setMarked(on ? marked.filter((c) => c !== card) : [...marked, card].slice(-over))}
                      >
                        {describeOption(step.key, value, n)}
                      </button>
                    </li>
                  );
                })}
              </ul>
              {marked.length > 0 && (
                <button type="button" className="soc-button soc-button--primary" data-confirm onClick={() => onDiscard(marked)}>
                  {t('table.discardThese', { count: marked.length })}
                </button>
              )}
            </>
          )}
          {step.kind === 'pick' && choice.type !== 'discard' && (
            <>
              <h3>{stepHeading(step.key, choice.type, n)}</h3>
              <ul className="soc-step__options">
                {step.options.map((value) => (
                  <li key={String(value)}>
                    <button type="button" className="soc-button soc-option" data-option={String(value)} onClick={() => onPick(step.key, value)}>
                      {describeOption(step.key, value, n)}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
          {step.kind === 'confirm' && (
            <>
              <p className="soc-step__sentence">{describeMove(step.move, view, n)}</p>
              <MovePreview view={view} n={n} move={step.move} />
              {cost && (
                <p className="soc-step__cost" data-cost>
                  {cost}
                </p>
              )}
              <button type="button" className="soc-button soc-button--primary" data-confirm onClick={() => onMove(step.move)}>
                {t('table.confirm')}
              </button>
            </>
          )}
          <button type="button" className="soc-button soc-button--quiet" data-cancel onClick={() => onChoose(null)}>
            {t('table.cancel')}
          </button>
        </div>
      )}
    </section>
  );
}

function handLimitOf(view: PublicState, n: Namer): number {
  return ruleValue(n.content, view, 'handLimit', view.turn.seat);
}
