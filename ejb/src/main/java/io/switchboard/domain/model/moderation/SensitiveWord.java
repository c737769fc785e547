package io.switchboard.domain.model.moderation;

import io.switchboard.domain.model.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "sensitive_word")
public class SensitiveWord extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String word;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SensitiveWord() {
    }

    public SensitiveWord(String word, Instant createdAt) {
        this.word = SensitiveWords.normalise(word);
        if (this.word.isEmpty()) {
            throw new IllegalArgumentException("word must not be blank");
        }
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getWord() { return word; }
    public Instant getCreatedAt() { return createdAt; }
}
