/** Test helpers shared by several stages: local stand-ins for outside services. */
package io.isnad.testing;
