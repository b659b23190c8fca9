import { isHeartbeatFresh, minutesSince } from '../reprotect/item-rules';
import { pluralize } from '../plural';

export interface HeartbeatStatus {
  fresh: boolean;
  minutesAgo: number;
  label: string;
}

/** A server's last heartbeat as the infrastructure pages show it, judged by the reprotect rule. */
export function heartbeatStatus(lastHeartbeat: Date, now: Date): HeartbeatStatus {
  const minutesAgo = minutesSince(lastHeartbeat, now);
  const ago = minutesAgo === 0 ? 'just now' : `${pluralize(minutesAgo, 'minute')} ago`;
  return { fresh: isHeartbeatFresh(lastHeartbeat, now), minutesAgo, label: ago };
}
