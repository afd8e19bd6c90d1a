// Registers every element (npm "." and the script-tag bundle). Elements arrive with their issues;
// for now the entry exposes the core a host page may need.
export * from './elements.js';
