// A failure to load data, worded for the reader: what is wrong, and what to do about it.
export type LoadErrorKind = 'missing' | 'network' | 'json' | 'schema' | 'invalid';

export class LoadError extends Error {
  readonly kind: LoadErrorKind;
  readonly url: string;

  constructor(kind: LoadErrorKind, url: string, message: string) {
    super(message);
    this.name = 'LoadError';
    this.kind = kind;
    this.url = url;
  }
}
