export { InputError } from '../input';
export * from './classification';
export * from './curves';
export * from './probability';
export * from './ranking';
