// One filter's box: its title, how many events it hides on its own, and its choices.
import type { ReactNode } from 'react';

export interface FilterGroupProps {
  title: string;
  hidden: number;
  children: ReactNode;
}

export function FilterGroup({ title, hidden, children }: FilterGroupProps) {
  return (
    <fieldset className="filter-group">
      <legend className="filter-title">
        {title} {hidden > 0 && <span className="filter-hides">hides {hidden.toLocaleString('en')}</span>}
      </legend>
      {children}
    </fieldset>
  );
}
