/**
 * A module fetched the first time something needs it (a language's words, pattern formatting):
 * the optional parts of the CDN bundle live in chunks beside it instead of in every page's download.
 */
export interface OnDemand<M> {
  /** The module once it has arrived; undefined before (and forever if it failed to load). */
  readonly module: M | undefined;
  /** True once the load has ended, well or not: nothing more is coming. */
  readonly settled: boolean;
  /** Starts the load (once); resolves with the module, rejects if the chunk could not be loaded. */
  load(): Promise<M>;
}

export function onDemand<M>(importer: () => Promise<M>): OnDemand<M> {
  let loading: Promise<M> | undefined;
  const feature = {
    module: undefined as M | undefined,
    settled: false,
    load: () =>
      (loading ??= importer().then(
        (module) => ((feature.module = module), (feature.settled = true), module),
        (error: unknown) => {
          feature.settled = true;
          throw error;
        },
      )),
  };
  return feature;
}
