/**
 * Code that only one mode of a calculator needs (the pasted-rows reader, say), loaded the
 * first time that mode is chosen, so readers who never choose it do not download it.
 */
import { useEffect, useState } from 'preact/hooks';

/** The module `load` resolves to once `needed` has been true, or null until it has loaded. */
export function useLazyModule<M>(load: () => Promise<M>, needed: boolean): M | null {
  const [module, setModule] = useState<M | null>(null);
  useEffect(() => {
    if (needed && !module) void load().then(setModule);
  }, [needed]);
  return module;
}
