/** The demo city generator; see demo-city.ts and docs/data-model.md. */
export { demoCity, DEMO_DEFAULTS, type DemoCity, type DemoOptions } from './demo-city';
export { createRng, mixSeed, hashString, type Rng } from './rng';
