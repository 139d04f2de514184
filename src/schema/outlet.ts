import { Outlet } from './refs.js';

// Outlet: where articles appear (Article.outlet reads it).

Outlet.implement({
  description: 'Where articles appear.',
  fields: (t) => ({ name: t.exposeString('name') }),
});
