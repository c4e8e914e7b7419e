@NullMarked
package kz.civicrelay.identity.clients;

import org.jspecify.annotations.NullMarked;
