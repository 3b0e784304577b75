export * from './scheme';
export * from './vn-day';
export * from './format';
export * from './allocator';
export * from './leases';
export * from './schema';
export * from './blocks-api';
export * from './device-blocks';
