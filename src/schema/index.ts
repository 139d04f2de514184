import { builder } from './builder.js';
import './article.js';

// Importing every type file registers it on the builder; then the schema is built once.
export const schema = builder.toSchema({ sortSchema: false });
