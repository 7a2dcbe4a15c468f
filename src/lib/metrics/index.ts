export { MetricInputError } from './errors';
export * from './classification';
export * from './curves';
export * from './ranking';
