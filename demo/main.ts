// The probe element stands in for the real ones until they exist.
import '../test/support/test-feed.js';
