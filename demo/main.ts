// The demo loads the elements from source; the script-tag pages arrive with the delivery work.
import '../src/index.js';
