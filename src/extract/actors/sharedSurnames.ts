// A surname two people of one document share ("Obama" where "Barack Obama" and "Michelle Obama"
// are both named; "Gaddafi" beside "Muammar Gaddafi" and "Saif al-Islam Gaddafi"), decided at each
// mention: the one whose title fits ("President Obama"), else the one of the lexicon, else the only
// one whose name holds no particle ("al-", "bin"): a son named beside his father ("his son Saif
// al-Islam Gaddafi") is called by his given names, not by the surname alone. Otherwise it names none of them in particular, not
// even the one named last: that is often a relative named in passing or a man's wife named before
// him. An actor of its own would join, across documents, every person of a common name ("Ahmed").

/** One of the people of a document whose names end in the same word. */
export interface Sharer {
  id: string;
  /** The roles its titles give it, in lower case ("president", "prime minister", "minister"). */
  roles: ReadonlySet<string>;
  /** Whether the lexicon knows it. */
  listed: boolean;
  /** Whether its full name holds a particle or an Arabic article part ("Saif al-Islam Gaddafi", "Hamza bin Laden"). */
  particle: boolean;
}

/** The id of the person a shared surname names at one mention, with the title written before it; null when it cannot tell. */
export function sharerOf(title: string | null | undefined, sharers: readonly Sharer[]): string | null {
  let among = sharers;
  if (title) {
    const role = title.toLowerCase();
    const fit = sharers.filter((s) => s.roles.has(role));
    if (fit.length === 1) return fit[0]!.id;
    if (fit.length > 1) among = fit;
  }
  const listed = among.filter((s) => s.listed);
  if (listed.length === 1) return listed[0]!.id;
  // "Muammar Gaddafi" beside "Saif al-Islam Gaddafi": the only one whose name holds no particle.
  const plain = among.filter((s) => !s.particle);
  return plain.length === 1 ? plain[0]!.id : null;
}
