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
});
