import { z } from 'zod';

// Zod compiles a faster parser for each object schema with `new Function`, after probing once
// whether it may. The app's Content-Security-Policy has no 'unsafe-eval', so in the browser the
// probe fails and is reported as a violation on every page. The probe runs as the first object
// schema is built, so every module here that builds schemas imports this file before zod. The
// server shares these modules and pays a few microseconds per parse, far below a request's cost.
// package.json lists this file among those with side effects, or the bundler would drop it.
z.config({ jitless: true });
