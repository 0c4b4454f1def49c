/**
 * Applications for disclosure (依申请公开, R15–R20, OGI Regulations Art. 27–45): intake online or by letter (receipt
 * date by Art. 31), the statutory reply clock in the ledger (Art. 33: 20 working days; correction stops it and restarts
 * it in full, Art. 30; third-party opinions are not counted, Art. 32; one extension of at most 20), assignments to
 * departments (R17: 15 working days counting both ends), the law's outcome categories, delivery in the form asked for
 * (R20), and reconsideration and litigation records for the annual report.
 */
package org.gongkai.applications;
