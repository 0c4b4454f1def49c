/**
 * Service lists (R35, issue 13): 权责清单, 公共服务事项清单 and 办事指南 kept by the legal section, each list versioned and
 * published through the review as a SERVICE_LIST item; a change opens the R35-LIST clock to republish it.
 */
package org.gongkai.servicelist;
