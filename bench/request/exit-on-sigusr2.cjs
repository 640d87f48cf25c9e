// Preloaded (--require) into a server profiled with --cpu-prof, which writes its profile only
// when the process exits by itself: SIGUSR2 ends it that way (bench/request/run.mjs sends it).
process.once('SIGUSR2', () => process.exit(0));
