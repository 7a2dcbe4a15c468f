/**
 * The capacity estimator's preset select and where the preset's numbers come from. Only
 * the preset the page opened on arrives with the page; the others load when the reader
 * picks one, or edits a number (to tell whether the result is another preset's).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Calculator } from '../kit/calculator';
import { Select } from '../kit/fields';
import type { Preset, Presets } from '../kit/spec';

export function PresetPicker({ calc: c, presets, initial }: { calc: Calculator; presets: Presets; initial: Preset | undefined }) {
  const [loaded, setLoaded] = useState<readonly Preset[]>(initial ? [initial] : []);
  const complete = loaded.length === presets.list.length;
  const load = async () => {
    if (complete) return loaded;
    const all = await presets.load();
    setLoaded(all);
    return all;
  };
  const current = loaded.find((p) => Object.entries(p.values).every(([k, v]) => c.state[k] === v));
  useEffect(() => {
    if (!current && c.ready) void load();
  }, [current, c.ready]);
  return (
    <>
      <Select
        id={c.id('preset')}
        label="Preset (assumptions for practice, not real figures)"
        value={current?.id ?? 'custom'}
        hydrating={c.hydrating}
        onChange={async (id) => {
          const chosen = (await load()).find((p) => p.id === id);
          if (chosen) c.update(() => ({ ...c.defaults, ...chosen.values }));
        }}
        options={[...presets.list.map((p) => ({ value: p.id, label: p.label })), ...(current ? [] : [{ value: 'custom', label: 'Custom (edited)' }])]}
      />
      <p class="calc-hint" id={c.id('preset-source')}>
        {current ? current.source : complete ? 'You have changed some numbers from the preset: every figure below is yours.' : 'Checking the presets…'}
      </p>
    </>
  );
}
