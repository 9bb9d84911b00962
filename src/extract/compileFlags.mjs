// How V8 compiles the extractor, set before any extractor code runs (imported first by run.mjs,
// and by the benchmarks that time a stage in their own process, so that they time it as it runs).
//
// The extractor's rules are long functions that call many small tests of a clause or a word: V8's
// optimizing compiler, inlining those tests, makes each such function a large graph to compile, on
// its worker threads, and compiles it again after each deoptimization, about a third of the CPU on
// a few hundred articles. Compiled without inlining, real news (1,698 articles) takes some 4 % less
// CPU, a few hundred articles some 10 %, for the same output.
import v8 from 'node:v8';

v8.setFlagsFromString('--no-turbo-inlining');
