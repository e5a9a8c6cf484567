/**
 * The exact shape of every move a player may send, checked at the socket before the rules
 * and before storage: unknown fields, wrong types, long strings and big numbers are refused,
 * so the stored log (sent to every seat in every later sync) holds only canonical moves. The
 * record is typed on the rules' Move: a new move type does not compile until it has a schema
 * here.
 */
import { Type, type TSchema } from '@sinclair/typebox';
import { Ajv, type ValidateFunction } from 'ajv';
import { PATTERN_IDS } from '../../content/schema.ts';
import { NOTE_MAX_LENGTH } from '../../rules/index.ts';
import type { MoveType } from '../../rules/moves-types.ts';

/** A card instance: a content id and a copy ("crowdfunding#2", a taught copy "crowdfunding#t1"). */
const Card = Type.String({ minLength: 3, maxLength: 64, pattern: '^[a-z0-9]+(-[a-z0-9]+)*#[a-z0-9]{1,8}$' });
/** A content id (cases). */
const Id = Type.String({ minLength: 1, maxLength: 48, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' });
const Seat = Type.Integer({ minimum: 0, maximum: 5 });
const Place = Type.Union(PATTERN_IDS.map((p) => Type.Literal(p)));

const exact = (properties: Record<string, TSchema>, optional: string[] = []) =>
  Type.Object(
    Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, optional.includes(k) ? Type.Optional(v) : v])),
    { additionalProperties: false },
  );

/** The argument object of each move (boardgame.io's args[0]): the move without its type. */
const MOVE_ARGUMENTS: Record<MoveType, TSchema> = {
  travel: exact({ to: Place }),
  study: exact({ from: Type.Union([Type.Literal('deck'), Card]) }),
  share: exact({ card: Card, to: Seat }),
  teach: exact({ card: Card, to: Seat }),
  apply: exact({ case: Id }),
  coCreate: exact({ case: Id, partner: Seat }),
  care: exact({}),
  spendTrust: exact({}),
  endTurn: exact({}),
  discard: exact({ card: Card }),
  // Twice the rules' limit: a note a little too long still gets the rules' own reason.
  reflect: exact({ note: Type.String({ maxLength: 2 * NOTE_MAX_LENGTH }) }, ['note']),
};

const ajv = new Ajv({ allErrors: false, strict: true });
const validators = new Map<string, ValidateFunction>(Object.entries(MOVE_ARGUMENTS).map(([type, schema]) => [type, ajv.compile(JSON.parse(JSON.stringify(schema)))]));

/** The move's argument object if it is exactly one `type` takes (a fresh copy), else undefined. */
export function moveArguments(type: string, value: unknown): Record<string, unknown> | undefined {
  const validate = Object.hasOwn(MOVE_ARGUMENTS, type) ? validators.get(type) : undefined;
  if (!validate || !validate(value)) return undefined;
  return { ...(value as Record<string, unknown>) };
}
