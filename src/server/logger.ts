/**
 * Structured logs (pino, JSON lines on stdout). Credentials must never reach a log: the
 * redaction below is a second line of defence behind the rule that no code logs a request
 * body, an action payload or a player's metadata whole.
 */
import { pino, type Logger, type DestinationStream } from 'pino';

export type { Logger };

/** Every place a credential could hide in what we log. */
const REDACTED_PATHS = [
  'credentials',
  '*.credentials',
  '*.*.credentials',
  'payload.credentials',
  'action.payload.credentials',
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers.cookie',
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'school-of-commons' },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
  if (destination) return pino(options, destination);
  // Readable lines only for a person at a terminal asking for detail; JSON everywhere else.
  if (level === 'debug' && process.stdout.isTTY) {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { colorize: true } } });
  }
  return pino(options);
}
