export * from './statuses';
export * from './events';
export * from './transitions';
export * from './state';
export * from './errors';
export * from './apply';
export * from './replay';
