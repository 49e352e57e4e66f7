/**
Orders spans by where they start. One function for the module's life, not an arrow written at each
call: V8 keeps a function's optimized code only while some closure of it is alive, so an arrow
created per call loses its optimized code at each full collection and is compiled again (README,
speed).
*/
export const byStart = (a: {start: number}, b: {start: number}): number => a.start - b.start;
