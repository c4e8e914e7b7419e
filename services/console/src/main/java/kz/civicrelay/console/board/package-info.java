@NullMarked
package kz.civicrelay.console.board;

import org.jspecify.annotations.NullMarked;
