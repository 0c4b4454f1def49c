package org.gongkai.inspection;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A target of the directory (检查对象名录库): its legal representative and address encrypted. */
@Entity
@Table(name = "inspection_target")
public class InspectionTarget {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String name;
    @Column(name = "credit_code")
    public String creditCode;
    @Column(name = "legal_rep_enc")
    public String legalRepEnc;
    @Column(name = "address_enc")
    public String addressEnc;
    /** Which matters it falls under (民办学校, 校外培训机构 …): a draw picks from one category. */
    public String category;
    public boolean active;
    @Column(name = "created_at")
    public Instant createdAt;
}
