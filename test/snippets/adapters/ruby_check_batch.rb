# What `ruby -wc FILE` checks, for many files in one Ruby process, so a catalog of snippets pays for one Ruby start-up
# instead of one per program: each file is parsed and compiled (nothing runs) with warnings on, and a warning counts
# as a failure.
#
# Usage: ruby ruby_check_batch.rb FILE...
# Prints, for each file, a line "=== ok FILE" or "=== failed FILE" followed by Ruby's warnings and syntax errors.

$VERBOSE = true

# Ruby sends every parser and compiler warning here; collect them per file instead of printing them.
module Warning
  def self.warn(message, category: nil)
    $file_messages << message
  end
end

ARGV.each do |file|
  $file_messages = []
  begin
    RubyVM::InstructionSequence.compile_file(file)
  rescue SyntaxError => e
    $file_messages << e.message
  end
  puts "=== #{$file_messages.empty? ? 'ok' : 'failed'} #{file}"
  $file_messages.each { |message| puts message }
end
