// check fails the build at validate with the diagnostic located in the model file (absolute
// path, line, column), as IDEs and CI link it; nothing was generated.
def log = new File(basedir, 'build.log').text
def model = new File(basedir, 'src/main/tablesmith/library.tablesmith.yaml').canonicalPath
assert log.contains("[ERROR] ${model}:10:3: error [TS501] pattern booksByAuthor ")
assert log.contains('tablesmith: 1 model: 1 error, 0 warnings; see above')
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/generated-sources/tablesmith').exists()
