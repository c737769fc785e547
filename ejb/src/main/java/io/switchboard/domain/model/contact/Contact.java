package io.switchboard.domain.model.contact;

import io.switchboard.domain.model.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person the company knows (联系人, AG-3), made by an agent from a visitor; visitors are linked to it. */
@Entity
@Table(name = "contact")
public class Contact extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = 40)
    private String phone;

    @Column(length = 200)
    private String email;

    @Column(length = 200)
    private String company;

    @Column(length = 1000)
    private String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by")
    private Long createdBy;

    protected Contact() {
    }

    public Contact(String name, String phone, String email, String company, String note, Long createdBy, Instant at) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: a contact needs a name");
        }
        if ((phone == null || phone.isBlank()) && (email == null || email.isBlank())) {
            throw new IllegalArgumentException("phone: give a phone number or an e-mail address");
        }
        this.name = name.strip();
        this.phone = blankToNull(phone);
        this.email = blankToNull(email);
        this.company = blankToNull(company);
        this.note = blankToNull(note);
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getPhone() { return phone; }
    public String getEmail() { return email; }
    public String getCompany() { return company; }
    public String getNote() { return note; }
    public Instant getCreatedAt() { return createdAt; }
    public Long getCreatedBy() { return createdBy; }
}
