package io.switchboard.application;

import io.switchboard.domain.model.account.Role;
import io.switchboard.domain.model.account.StaffProfile;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The staff directory of 客服管理 (AD-1): administrators, quality inspectors (supervisors) and agents of the caller's
 * tenant with their profile, role, skill groups and cap. Every change is written to the audit log.
 */
public interface StaffService {

    /** What an admin edits: the profile, role, skill groups (by id) and own cap (null = the tenant default). */
    record StaffForm(@NotNull @Valid StaffProfile profile, @NotNull Role role,
                     @NotNull List<@NotNull Long> skillGroupIds, @Min(0) @Max(200) Integer maxConcurrent) {
    }

    record StaffView(long id, String username, String employeeNo, String fullName, String nickname, String email,
                     String mobile, String extension, String role, List<Long> skillGroupIds,
                     List<String> skillGroupNames, Integer ownCap, int cap, String status, boolean forcedOffline,
                     Instant createdAt) implements Serializable {
    }

    /** Search fields of the 客服管理 page, each null for any; text fields match part of the value. */
    record StaffQuery(String employeeNo, String name, String email, String mobile, Long skillGroupId, String role) {
        public static StaffQuery all() {
            return new StaffQuery(null, null, null, null, null, null);
        }
    }

    List<StaffView> search(StaffQuery query, @Min(0) int offset, @Min(1) @Max(500) int limit);

    long count(StaffQuery query);

    StaffView get(long id);

    /**
     * Checks everything before anything is written: the form, the login name (not blank, at most 100) and the
     * password ({@link io.switchboard.domain.model.account.PasswordPolicy}); the service checks them itself, so the
     * console, the API and the batch import get the same answers.
     *
     * @throws InvalidFieldException (field "username" or "password") blank or long login name, weak password
     * @throws ConflictException (field "username" or "employeeNo") when the login name or the employee number is taken
     */
    StaffView create(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 200) String password,
                     @NotNull @Valid StaffForm form);

    StaffView update(long id, @NotNull @Valid StaffForm form);

    /** Refused (409) while the person holds open conversations; their history keeps the id. */
    void delete(long id);

    /** @throws WeakPasswordException (field "password") when the policy refuses it, e.g. it contains the login name */
    void resetPassword(long id, @NotBlank @Size(max = 200) String password);

    /**
     * Batch add (批量添加客服) from CSV or XLSX. Columns (Chinese or English header): 工号/employeeNo, 客服姓名/name,
     * 对外昵称/nickname, 客服邮箱/email, 手机号/mobile, 分机号/extension, 客服角色/role, 技能组/skillGroups (names, ";"
     * between), 最大接待量/maxConcurrent, 登录名/username (default: the e-mail), 初始密码/password (the password policy's
     * refusal is reported in the 初始密码 column of the row).
     */
    ImportReport importSheet(@NotNull @Size(max = 5_000_000) byte[] content);

    /** The import columns with one example row, in the format asked for. */
    byte[] importTemplate(boolean xlsx);

    /** Every staff member matching the query, in the import columns (without passwords). */
    byte[] export(StaffQuery query, boolean xlsx);
}
