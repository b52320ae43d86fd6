// The proof-of-work worker of ALTCHA's SHA algorithms, bundled by Next (the widget's own build
// would create it from a blob of inlined code; this keeps every script a file served by us).
import "altcha/workers/sha";
