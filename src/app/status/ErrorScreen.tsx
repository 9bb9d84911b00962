// A dataset that cannot be shown: say what is wrong and how to produce one, never a blank page
// or a stack trace.
import { LoadError } from '../data/LoadError.ts';

const HOW_TO =
  'Produce the dataset with “npm run extract” (it writes data/dataset.json from the articles in seeds/), then reload this page.';

export function ErrorScreen({ error }: { error: Error }) {
  const kind = error instanceof LoadError ? error.kind : 'invalid';
  const heading =
    kind === 'missing'
      ? 'No dataset yet'
      : kind === 'json'
        ? 'The dataset is not valid JSON'
        : kind === 'schema'
          ? 'The dataset has the wrong format'
          : kind === 'network'
            ? 'The dataset could not be loaded'
            : 'The dataset could not be read';
  return (
    <main className="status-screen">
      <div role="alert">
        <h2>{heading}</h2>
        <p>{error instanceof LoadError ? error.message : 'Something went wrong while reading the dataset.'}</p>
        <p className="muted">{kind === 'network' ? 'Check that the server is running, then reload.' : HOW_TO}</p>
      </div>
    </main>
  );
}
