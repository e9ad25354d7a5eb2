export * from './counters';
export * from './period';
export * from './contribution';
export * from './aggregate';
export * from './figures';
export * from './view';
export * from './protocol';
