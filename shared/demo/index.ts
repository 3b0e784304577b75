export { generateDossiers, type DemoData, type GenerateOptions } from './generate';
export { createRng, type Rng } from './prng';
