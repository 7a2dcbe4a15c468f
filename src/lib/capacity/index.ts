export { InputError } from '../input';
export * from './steps';
export * from './units';
export * from './traffic';
export * from './storage';
export * from './embedding';
export * from './replicas';
export * from './latency';
