/**
 * The disclosure catalogue (《公开目录》, R6–R8): a versioned tree of columns, each with its responsible
 * department and person and an expected update frequency. The portal's navigation is the current version; a change
 * of duties opens a 20-working-day obligation (R7) that publishing a new version fulfils.
 */
package org.gongkai.catalogue;
