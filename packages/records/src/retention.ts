import { parseIsoDuration } from '@kakor/catalog';
import { ConsentLogError } from './errors';

/** `now` minus an ISO 8601 duration such as `P3Y` or `P18M`, in calendar terms (UTC). */
export function subtractDuration(now: Date, duration: string): Date {
  const parts = parseIsoDuration(duration);
  if (parts === undefined) throw new ConsentLogError('invalid-argument', `olderThan must be an ISO 8601 duration such as P3Y or P18M, found ${JSON.stringify(duration.slice(0, 40))}`);
  const date = new Date(now);
  date.setUTCFullYear(date.getUTCFullYear() - (parts.Y ?? 0), date.getUTCMonth() - (parts.M ?? 0), date.getUTCDate() - (parts.W ?? 0) * 7 - (parts.D ?? 0));
  date.setUTCHours(date.getUTCHours() - (parts.H ?? 0), date.getUTCMinutes() - (parts.TM ?? 0), date.getUTCSeconds() - (parts.S ?? 0));
  if (date.getTime() >= now.getTime()) throw new ConsentLogError('invalid-argument', `olderThan must be longer than zero, found ${duration}; a purge keeps everything younger than it`);
  return date;
}
