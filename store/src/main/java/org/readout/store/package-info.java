/**
 * The record of annotated articles, behind {@link org.readout.store.ArticleStore}: what is written
 * (whole documents with every layer), and the filters and rows queries use. Backends live in
 * sub-packages ({@code sqlite}); core knows nothing of them.
 */
@NullMarked
package org.readout.store;

import org.jspecify.annotations.NullMarked;
