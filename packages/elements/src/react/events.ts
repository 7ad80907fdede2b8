// The event type a wrapper's prop receives: the element's own typed CustomEvent when the element declares
// it in GlobalEventHandlersEventMap (every Introserv element does), else a CustomEvent of unknown detail.
export type IntroservEvent<K extends string> = K extends keyof GlobalEventHandlersEventMap
  ? GlobalEventHandlersEventMap[K]
  : CustomEvent<unknown>;
