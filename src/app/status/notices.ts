// What the page shows only when a dataset has something wrong with it, in one module loaded when
// first needed: the records left out (ProblemsBanner.tsx) and the problems with the files read
// (DiagnosticsButton.tsx). Most datasets have neither, and their page never loads this code.
export { ProblemsBanner } from './ProblemsBanner.tsx';
export { DiagnosticsButton } from '../diagnostics/DiagnosticsButton.tsx';
