import type { Runtime } from 'webextension-polyfill';
import { ext } from './ext.ts';
import {
  isEnvelope,
  type Envelope,
  type MessageName,
  type Messages,
  type Params,
  type Reply,
  type Result,
} from '../core/messages.ts';

export class RemoteError extends Error {
  override name = 'RemoteError';
}

function unwrap<N extends MessageName>(name: N, reply: unknown): Result<N> {
  const typed = reply as Reply<N> | undefined;
  if (typed?.ok) return typed.value;
  const error = typed?.error ?? { name: 'Error', message: `No handler replied to ${name}` };
  throw new RemoteError(`${name}: ${error.message}`, { cause: error });
}

export async function sendToBackground<N extends MessageName>(name: N, params: Params<N>): Promise<Result<N>> {
  const envelope: Envelope<N> = { backstory: name, params };
  return unwrap(name, await ext.runtime.sendMessage(envelope));
}

export async function sendToTab<N extends MessageName>(
  tabId: number,
  name: N,
  params: Params<N>,
  frameId = 0,
): Promise<Result<N>> {
  const envelope: Envelope<N> = { backstory: name, params };
  return unwrap(name, await ext.tabs.sendMessage(tabId, envelope, { frameId }));
}

export type Handlers<N extends MessageName> = {
  [K in N]: (params: Params<K>, sender: Runtime.MessageSender) => Result<K> | Promise<Result<K>>;
};

/**
 * Answers the named messages. Only this extension's own contexts are heard (pages cannot
 * message an extension without `externally_connectable`, and we check the id regardless).
 */
export function handleMessages<N extends MessageName>(
  handlers: Handlers<N>,
  signal: AbortSignal,
  acceptSender: (sender: Runtime.MessageSender) => boolean = () => true,
): void {
  // Answered through sendResponse (and `true`: the answer comes later): Chrome's native
  // API does not take a returned promise as the answer everywhere, Firefox's and Chrome's both take this.
  const listener = (message: unknown, sender: Runtime.MessageSender, sendResponse: (reply: unknown) => void): true | undefined => {
    if (sender.id !== ext.runtime.id || !isEnvelope(message)) return undefined;
    if (!Object.hasOwn(handlers, message.backstory)) return undefined;
    if (!acceptSender(sender)) {
      sendResponse(refusal(message.backstory));
      return true;
    }
    const handler = handlers[message.backstory as N] as (
      params: unknown,
      sender: Runtime.MessageSender,
    ) => unknown;
    void Promise.resolve()
      .then(() => handler(message.params, sender))
      .then(
        (value): Reply<MessageName> => ({ ok: true, value: value as never }),
        (error: unknown): Reply<MessageName> => ({ ok: false, error: serializeError(error) }),
      )
      .then(sendResponse);
    return true;
  };
  // (The polyfill's types know "always true" or "never answers"; natively, undefined means "not ours".)
  const native = listener as Runtime.OnMessageListenerCallback;
  ext.runtime.onMessage.addListener(native);
  signal.addEventListener('abort', () => ext.runtime.onMessage.removeListener(native), { once: true });
}

function refusal(name: string): Reply<MessageName> {
  return { ok: false, error: { name: 'SenderRefused', message: `${name} is not accepted from this sender` } };
}

export function serializeError(error: unknown): { name: string; message: string } {
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

export type { Messages };
