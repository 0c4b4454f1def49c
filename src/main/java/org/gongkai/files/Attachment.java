package org.gongkai.files;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "attachment")
public class Attachment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "owner_type")
    public String ownerType;
    @Column(name = "owner_id")
    public String ownerId;
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "content_type")
    public String contentType;
    @Column(name = "size_bytes")
    public long sizeBytes;
    public String sha256;
    @Column(name = "storage_key")
    public String storageKey;
    @Column(name = "uploaded_by")
    public String uploadedBy;
    @Column(name = "uploaded_at")
    public Instant uploadedAt;
    public boolean removed;
    /** SM4-GCM at rest (every file uploaded since issue 9). */
    public boolean encrypted;
}
