package io.switchboard.domain.model.account;

import io.switchboard.domain.model.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A person who logs in: administrator, supervisor (quality inspector) or agent. Wrong-password lock-outs are not
 * kept here but per account and client address by {@link LoginThrottle}, so a stranger cannot lock the real user
 * out. The account keeps a session epoch: every signed-in session remembers the epoch it started in, and a
 * password reset or a forced offline moves the epoch on, which ends all those sessions at their next request.
 */
@Entity
@Table(name = "user_account")
public class UserAccount extends TenantOwned {

    /** The column's length: login names are at most this long. */
    public static final int MAX_USERNAME = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = MAX_USERNAME)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(length = 200)
    private String email;

    @Column(name = "employee_no", length = 30)
    private String employeeNo;

    @Column(name = "full_name", length = 100)
    private String fullName;

    @Column(length = 30)
    private String mobile;

    @Column(length = 20)
    private String extension;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String email, Role role, String passwordHash,
                       Instant createdAt) {
        this.username = normalizeUsername(username);
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.email = email;
        this.role = Objects.requireNonNull(role, "role");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.enabled = true;
    }

    /** For the platform context only: creates the account inside a named tenant. */
    public static UserAccount inTenant(String tenantId, String username, String displayName, String email, Role role,
                                       String passwordHash, Instant createdAt) {
        UserAccount account = new UserAccount(username, displayName, email, role, passwordHash, createdAt);
        account.assignTenant(tenantId);
        return account;
    }

    /** Login names are case-insensitive and unique across the installation. */
    public static String normalizeUsername(String username) {
        return Objects.requireNonNull(username, "username").trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The staff directory entry of 客服管理 (AD-1). The display name is the public nickname (对外昵称) that visitors
     * see; the full name (客服姓名) is for colleagues. Empty strings are kept as "not given".
     */
    public void updateProfile(StaffProfile profile) {
        this.employeeNo = blankToNull(profile.employeeNo());
        this.fullName = Objects.requireNonNull(blankToNull(profile.fullName()), "fullName");
        String nickname = blankToNull(profile.nickname());
        this.displayName = nickname == null ? this.fullName : nickname;
        this.email = blankToNull(profile.email());
        this.mobile = blankToNull(profile.mobile());
        this.extension = blankToNull(profile.extension());
    }

    public void changeRole(Role newRole) {
        this.role = Objects.requireNonNull(newRole, "role");
    }

    /** A new password set by an administrator: every session signed in with the old one ends. */
    public void resetPassword(String newPasswordHash) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash, "passwordHash");
        endSessions();
    }

    /** Ends every session of this account (password reset, forced offline): they were signed in in an older epoch. */
    public void endSessions() {
        sessionEpoch++;
    }

    /** The epoch a session signed in now belongs to; see the class comment. */
    public int getSessionEpoch() {
        return sessionEpoch;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getEmployeeNo() {
        return employeeNo;
    }

    /** The real name; accounts made before the staff directory existed fall back to the display name. */
    public String getFullName() {
        return fullName == null ? displayName : fullName;
    }

    public String getMobile() {
        return mobile;
    }

    public String getExtension() {
        return extension;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Role getRole() {
        return role;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
