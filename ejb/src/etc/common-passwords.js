// Regenerates ejb/src/main/resources/io/switchboard/domain/model/account/common-passwords.txt, the list behind
// PasswordPolicy. Not part of the build: the output is committed. Run from the repository root:
//
//   npm pack zxcvbn@4.4.2 && tar xzf zxcvbn-4.4.2.tgz
//   node ejb/src/etc/common-passwords.js package/lib/frequency_lists.js > \
//        ejb/src/main/resources/io/switchboard/domain/model/account/common-passwords.txt
//
// What goes in (lower case, each once, most common first):
//  1. the 2,000 most common passwords of zxcvbn's list (MIT, Dan Wheeler and Dropbox; frequency-ranked from Mark
//     Burnett's 10 million password corpus), whatever their length;
//  2. every further password of that 30,000-entry list that is 10 characters or longer: the ones the length rule
//     alone would let through;
//  3. patterns composed here that such lists under-represent: long digit runs and repeats, keyboard walks, and
//     common words (including pinyin and product words) followed by the usual digit and symbol endings.
'use strict';
const lists = require(require('path').resolve(process.argv[2]));
const zxcvbn = Array.isArray(lists.passwords) ? lists.passwords : lists.passwords.split(',');

const out = [];
const seen = new Set();
const add = (p) => {
  const v = p.toLowerCase();
  if (v.length > 0 && !seen.has(v)) {
    seen.add(v);
    out.push(v);
  }
};

zxcvbn.slice(0, 2000).forEach(add);
zxcvbn.filter((p) => p.length >= 10).forEach(add);

// digit runs, repeats and keyboard walks of 10 to 16 characters
const runs = ['1234567890', '0987654321', '9876543210', '0123456789', '12345678910', '123456789012',
  '1234567890123', '12345678901234', '123456789123', '123123123123', '1231231231', '1212121212', '1122334455',
  '11223344556677', '1357924680', '2468013579', '147258369147', '1472583690', '3692581470', '7894561230',
  '1593572468', '5201314520', '1314520520', '5201314521', '52013145201314', '1314521521', '9876543211',
  '1234512345', '1234554321', '12344321', '0000011111', '1111122222', '1234567899', '1234567898',
  'qwertyuiop', 'qwertyuiop123', 'qwertyuiopasdfghjkl', 'asdfghjkl123', 'asdfghjkl;', 'zxcvbnm123', 'zxcvbnm,./',
  '1qaz2wsx3edc', '1qaz2wsx3edc4rfv', 'qazwsxedcrfv', 'qazwsxedc123', '1q2w3e4r5t', '1q2w3e4r5t6y',
  '1q2w3e4r5t6y7u', 'q1w2e3r4t5', 'q1w2e3r4t5y6', 'qwert12345', 'qwerty12345', 'qwerty123456', 'qwerty1234567',
  '1qazxsw23edc', 'zaq12wsxcde3', 'zaq1xsw2cde3', '!qaz2wsx', '!qaz@wsx#edc', '1qaz@wsx', '1qaz!qaz',
  'poiuytrewq', 'mnbvcxzlkjhgfdsa', 'abcdefghij', 'abcdefghijk', 'abcdefghijkl', 'abc1234567', 'abc12345678',
  'abcd123456', 'abcd1234567', 'abcde12345', 'abc123456789', 'a1234567890', 'a123456789', 'aa123456789',
  'aaa123456789', 'qq123456789', 'q123456789', 'z123456789', 'w123456789', 'a1b2c3d4e5', 'a1b2c3d4e5f6',
  '1a2b3c4d5e', 'aaaaaaaaaa', 'aaaaaaaaaaaa', 'abcabcabcabc', 'asdasdasdasd', 'qweqweqweqwe', 'qweasdzxc123',
  '123qweasdzxc', '123qweasd', '1234qwerasdf', '1234qwerasdfzxcv', 'qwer1234asdf', 'qwerasdfzxcv'];
runs.forEach(add);
for (let d = 0; d <= 9; d++) {
  for (let n = 10; n <= 16; n++) {
    add(String(d).repeat(n));
  }
}

// common words and the endings people append to reach a length rule
const words = ['password', 'passw0rd', 'p@ssword', 'p@ssw0rd', 'pass', 'qwerty', 'admin', 'administrator',
  'root', 'welcome', 'iloveyou', 'letmein', 'changeme', 'default', 'secret', 'master', 'login', 'guest', 'test',
  'testing', 'temp', 'user', 'system', 'service', 'support', 'manager', 'monkey', 'dragon', 'sunshine',
  'princess', 'football', 'baseball', 'superman', 'batman', 'trustno1', 'abc', 'abcd', 'qazwsx', 'asdf',
  'zxcv', 'hello', 'hellokitty', 'computer', 'internet', 'michael', 'jennifer', 'charlie', 'shadow', 'summer',
  'winter', 'spring', 'autumn', 'company', 'office', 'customer', 'kefu', 'agent', 'staff', 'guanliyuan',
  'woaini', 'wangyi', 'zhangwei', 'wangwei', 'liming', 'baidu', 'taobao', 'tencent', 'alibaba', 'huawei', 'xiaomi',
  'china', 'beijing', 'shanghai', 'shenzhen', 'chengdu', 'zhongguo', 'aini', 'woaini1314', 'switchboard',
  'callcenter', 'contactcenter', 'helpdesk', 'wildfly', 'jboss', 'tomcat', 'oracle', 'mysql', 'postgres',
  'postgresql', 'database', 'server', 'linux', 'windows', 'microsoft', 'google', 'apple', 'samsung'];
const endings = ['', '1', '12', '123', '1234', '12345', '123456', '1234567', '12345678', '123456789', '!', '!!',
  '1!', '123!', '@123', '#123', '.123', '_123', '@2024', '@2025', '@2026', '2020', '2021', '2022', '2023', '2024',
  '2025', '2026', '2027', '520', '1314', '521', '888', '666', '8888', '6666', '000', '111', '007', '99', 'abc',
  'abc123', 'qwe', 'qwe123', '!@#', '!@#$', '!@#$%'];
for (const w of words) {
  for (const e of endings) {
    add(w + e);
  }
}

const licence = require('fs').readFileSync(require('path').join(require('path').dirname(
  require('path').resolve(process.argv[2])), '..', 'LICENSE.txt'), 'utf8');
process.stdout.write('# Common passwords refused by PasswordPolicy (compared lower-cased). Generated by\n'
  + '# ejb/src/etc/common-passwords.js from zxcvbn 4.4.2 (npm, lib/frequency_lists.js) plus composed\n'
  + '# patterns; see that script. One password a line; lines starting with # are comments.\n'
  + '#\n# The zxcvbn entries are used under its licence:\n#\n'
  + licence.trim().split('\n').map((l) => ('# ' + l).trimEnd()).join('\n') + '\n');
process.stdout.write(out.join('\n') + '\n');
