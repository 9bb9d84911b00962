import { afterEach, describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { LoadingShell } from '../../../src/app/status/LoadingShell.tsx';
import { loadProgress } from '../../../src/app/data/loadProgress.ts';

afterEach(() => loadProgress.set(null));

describe('the loading screen', () => {
  it('shows how far the download, then the reading, of a large dataset has gone', () => {
    render(<LoadingShell />);
    expect(screen.queryByRole('progressbar')).toBeNull();
    act(() => loadProgress.set({ phase: 'download', fraction: 0.25 }));
    expect(screen.getByRole('progressbar', { name: 'Downloading the dataset' })).toHaveAttribute('value', '0.25');
    expect(screen.getByText('Downloading the dataset (25%)')).toBeInTheDocument();
    act(() => loadProgress.set({ phase: 'read', fraction: 0.6 }));
    expect(screen.getByRole('progressbar', { name: 'Reading the dataset' })).toHaveAttribute('value', '0.6');
    act(() => loadProgress.set({ phase: 'download', fraction: null }));
    expect(screen.getByRole('progressbar', { name: 'Downloading the dataset' })).not.toHaveAttribute('value');
  });

  it('says the timeline is being laid out once the dataset is read', () => {
    render(<LoadingShell read />);
    expect(screen.getByRole('progressbar', { name: 'Laying out the timeline' })).not.toHaveAttribute('value');
  });

  it('tells a step of half a percent or more, and the end, not every piece of a large download', () => {
    const told: (number | null)[] = [];
    const stop = loadProgress.subscribe(() => told.push(loadProgress.get()?.fraction ?? null));
    for (let k = 0; k <= 1000; k++) loadProgress.set({ phase: 'download', fraction: k / 1000 });
    stop();
    expect(told.length).toBeGreaterThan(100);
    expect(told.length).toBeLessThan(300);
    expect(told.at(-1)).toBe(1);
    expect(loadProgress.get()).toEqual({ phase: 'download', fraction: 1 });
  });
});
