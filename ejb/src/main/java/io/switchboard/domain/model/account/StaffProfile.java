package io.switchboard.domain.model.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The columns of the seed's 客服管理 table that describe a person: 工号, 客服姓名, 对外昵称, 客服邮箱, 手机号, 分机号.
 * Optional values may be null or empty.
 */
public record StaffProfile(
        @Size(max = 30) @Pattern(regexp = "[A-Za-z0-9_-]*", message = "letters, digits, '-' and '_' only") String employeeNo,
        @NotBlank @Size(max = 100) String fullName,
        @Size(max = 100) String nickname,
        @Email @Size(max = 200) String email,
        @Size(max = 30) @Pattern(regexp = "[0-9+\\- ]*", message = "digits, '+', '-' and spaces only") String mobile,
        @Size(max = 20) @Pattern(regexp = "[0-9]*", message = "digits only") String extension) {
}
