export { InputError } from '../input';
export * from './classification';
export * from './curves';
export * from './ranking';
